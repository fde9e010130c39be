using System.Globalization;

namespace DobraPraxe.Generator.Cli;

/// <summary>
/// A small hand parser: a handful of commands and options with exact exit codes and our own
/// wording, which System.CommandLine would dictate for us.
/// </summary>
public static class CommandLineParser
{
    public static readonly string[] Commands = ["build", "check", "serve", "new", "move", "schema"];

    public const string Usage = """
        Usage: dotnet run --project generator -- <command> [options]

        Commands:
          build                  build the site from content/ into site-output/
          check                  validate the content without writing anything (for pull requests)
          serve                  preview on http://127.0.0.1:8080/ with live reload (never touches site-output/)
          new practice <slug>    create content/practices/<slug>.md with every field, ready to fill in
          new event <slug>       create content/events/<slug>.md
          new <kind> <slug>      the same for a page or a kind the site declares under 'kinds:' in site.yml
          move <kind> <old> <new>  rename an entry, rewrite every reference to it, keep its old address as an alias
          schema                 write JSON Schema of the front matter and data files (default: <source>/schema/)

        Options:
          --source DIR     folder holding content/ (default: the current folder or the nearest parent with content/)
          --output DIR     where to write the site or the schema (default: <source>/site-output, <source>/schema)
          --base-url URL   publish for this address instead of base_url from site.yml
          --drafts         include drafts and entries dated in the future
          --now DATETIME   pin "today" (ISO 8601) for reproducible builds
          --verbose        print the time each stage took
          --port N         port for serve (default 8080; the next free one if taken)
          --no-spelling    skip the Czech spelling check of check and serve
          --since REF      check: report every published address lost since git commit REF (e.g. origin/main)
          --external       check: also ask every http(s) link of the content whether it still works (warnings only)
          --help           show this text
        """;

    /// <summary>The options, or the reason the command line is wrong.</summary>
    public static (CommandLineOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) return (null, "no command given");
        var command = args[0];
        if (command is "--help" or "-h" or "help") return (new CommandLineOptions { Command = "help" }, null);
        if (!Commands.Contains(command)) return (null, $"unknown command '{command}'{Diagnostics.DidYouMean.Phrase(command, Commands)}");

        var options = new CommandLineOptions { Command = command };
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) return args[++i];
                return null;
            }
            switch (arg)
            {
                case "--source": if (Value() is not { } source) return Missing(arg); options = options with { Source = source }; break;
                case "--output": if (Value() is not { } output) return Missing(arg); options = options with { Output = output }; break;
                case "--base-url":
                    if (Value() is not { } url) return Missing(arg);
                    if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                        return (null, $"--base-url must be an absolute http(s) URL, not '{url}'");
                    options = options with { BaseUrl = FrontMatter.SiteConfigParser.WithTrailingSlash(uri) };
                    break;
                case "--now":
                    if (Value() is not { } now) return Missing(arg);
                    if (!DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var moment))
                        return (null, $"--now must be an ISO 8601 date-time like 2026-11-24T10:00:00+01:00, not '{now}'");
                    options = options with { Now = moment };
                    break;
                case "--port":
                    if (Value() is not { } portText) return Missing(arg);
                    if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                        return (null, $"--port must be a number from 1 to 65535, not '{portText}'");
                    options = options with { Port = port };
                    break;
                case "--drafts": options = options with { Drafts = true }; break;
                case "--verbose": options = options with { Verbose = true }; break;
                case "--no-spelling": options = options with { NoSpelling = true }; break;
                case "--since":
                    if (command != "check") return (null, "--since is an option of 'check'");
                    if (Value() is not { } since) return Missing(arg);
                    options = options with { Since = since };
                    break;
                case "--external" when command == "check": options = options with { External = true }; break;
                case "--external": return (null, "--external belongs to 'check': check --external");
                case "--help" or "-h": return (options with { Command = "help" }, null);
                case var positional when command is "new" or "move" && !positional.StartsWith('-'):
                    options = options with { Arguments = [.. options.Arguments, positional] };
                    break;
                default:
                    string[] known = ["--source", "--output", "--base-url", "--drafts", "--now", "--verbose", "--port", "--no-spelling", "--since", "--external", "--help"];
                    return (null, $"unknown option '{arg}'{Diagnostics.DidYouMean.Phrase(arg, known)}");
            }
        }
        // Which kinds exist is the site's to say (site.yml 'kinds:'): the scaffold checks the kind's name.
        if (command == "new" && options.Arguments.Count != 2)
            return (null, "'new' needs what to create and its name: new practice <slug>, new event <slug>, or new <kind> <slug> for a kind of site.yml");
        if (command == "move" && options.Arguments.Count != 3)
            return (null, "'move' needs the kind and the old and new names: move practice <old-slug> <new-slug>");
        return (options, null);
    }

    private static (CommandLineOptions?, string?) Missing(string option) => (null, $"{option} needs a value");
}
