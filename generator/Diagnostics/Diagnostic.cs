namespace DobraPraxe.Generator.Diagnostics;

/// <summary>One problem found in the content or the theme, with where it is and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary><c>path:line:column: error: message</c>, then the hint indented on its own line.</summary>
    public string Format()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var head = $"{Location}: {kind}: {Message}";
        return Hint is null ? head : $"{head}\n    {Hint}";
    }
}
