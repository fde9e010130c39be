namespace DobraPraxe.Generator.Cli;

/// <summary>How to talk to the terminal: a live progress line and colour on a terminal, plain lines in CI, neither when captured.</summary>
public sealed record ConsoleMode(bool LiveProgress, bool PlainProgress, bool Color)
{
    /// <summary>Captured output (tests, pipes): only diagnostics and the summary.</summary>
    public static readonly ConsoleMode Quiet = new(false, false, false);

    public static ConsoleMode Detect()
    {
        var ci = Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value && value != "false" && value != "0";
        var terminal = !Console.IsOutputRedirected && !ci;
        var noColor = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        return new ConsoleMode(LiveProgress: terminal, PlainProgress: ci || Console.IsOutputRedirected, Color: terminal && !Console.IsErrorRedirected && !noColor);
    }

    public string Paint(string line)
    {
        if (!Color) return line;
        // Only the severity word is coloured, so the path stays easy to click in terminals.
        return line.Replace(": error: ", ": \u001b[1;31merror\u001b[0m: ").Replace(": warning: ", ": \u001b[1;33mwarning\u001b[0m: ");
    }
}
