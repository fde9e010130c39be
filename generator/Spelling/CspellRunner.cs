using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace DobraPraxe.Generator.Spelling;

/// <summary>
/// Asks cspell (npm, with @cspell/dict-cs-cz; see spelling/cspell-words.mjs beside the generator) which of a set of
/// distinct words it does not know. Verdicts are remembered for the life of the process, so `serve` asks again only
/// about words an edit brought in.
/// </summary>
internal static class CspellRunner
{
    public const string Script = "spelling/cspell-words.mjs";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    // (known words' fingerprint, word) → suggestions when cspell does not know it, null when it does.
    private static readonly ConcurrentDictionary<(int, string), string[]?> Verdicts = new();

    /// <summary>The unknown words among <paramref name="words"/> with cspell's suggestions; or why cspell could not be asked, and what to do.</summary>
    public static (IReadOnlyDictionary<string, string[]> Unknown, CspellProblem? Problem) Check(IReadOnlyCollection<string> words, IReadOnlyList<string> known)
    {
        var fingerprint = string.Join('\n', known).GetHashCode(StringComparison.Ordinal);
        var ask = words.Where(w => !Verdicts.ContainsKey((fingerprint, w))).Order(StringComparer.Ordinal).ToList();
        if (ask.Count > 0 && Ask(ask, known) is var (answers, problem))
        {
            if (problem is not null) return (new Dictionary<string, string[]>(), problem);
            foreach (var word in ask) Verdicts[(fingerprint, word)] = answers!.GetValueOrDefault(word);
        }
        var unknown = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var word in words)
            if (Verdicts.TryGetValue((fingerprint, word), out var suggestions) && suggestions is not null) unknown[word] = suggestions;
        return (unknown, null);
    }

    private static (Dictionary<string, string[]>? Answers, CspellProblem? Problem) Ask(IReadOnlyList<string> words, IReadOnlyList<string> known)
    {
        var script = Path.Combine(AppContext.BaseDirectory, Script);
        if (!File.Exists(script))
            return (null, new($"{Script} is missing beside the generator", "Build the generator again (dotnet build generator), or skip the check with --no-spelling."));
        var knownFile = Path.Combine(Path.GetTempPath(), $"dobrapraxe-words-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(knownFile, string.Join('\n', known), new UTF8Encoding(false));
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(knownFile);
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            node.StandardInput.Write(string.Join('\n', words));
            node.StandardInput.Close();
            if (!node.WaitForExit(Limit))
            {
                node.Kill(entireProcessTree: true);
                return (null, new("cspell did not answer within two minutes", "Run the check again, or skip it with --no-spelling."));
            }
            if (node.ExitCode != 0) return (null, Explain(errors.Result, AppContext.BaseDirectory));
            var answers = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var line in output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split('\t');
                answers[parts[0]] = parts.Length > 1 ? parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            }
            return (answers, null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, new("node (Node.js) is not installed", $"Install Node.js 20 or later (Debian: apt-get install nodejs npm), then run `npm ci` in {PackageFolder(AppContext.BaseDirectory)}; or skip the check with --no-spelling."));
        }
        finally
        {
            File.Delete(knownFile);
        }
    }

    /// <summary>Why cspell failed, and exactly what to do: most often its packages were never installed where the generator looks.</summary>
    internal static CspellProblem Explain(string errors, string generatorFolder)
    {
        var first = errors.Trim().Split('\n')[0];
        if (!errors.Contains("ERR_MODULE_NOT_FOUND", StringComparison.Ordinal) && !errors.Contains("Cannot find package", StringComparison.Ordinal)
            && !errors.Contains("Cannot find module", StringComparison.Ordinal))
            return new($"cspell failed: {first}", "Run `npm ci` in the repository root to reinstall cspell, or skip the check with --no-spelling.");
        return new("cspell is not installed where the generator looks for it (node_modules/ in a folder above the generator)",
            $"Run `npm ci` in {PackageFolder(generatorFolder)} (its package.json pins cspell and @cspell/dict-cs-cz); " +
            "`dotnet run --project generator -- check` does it by itself when they are missing, as build does. Or skip the check with --no-spelling.");
    }

    /// <summary>The nearest folder above the generator with a package.json: where `npm ci` puts what the script imports.</summary>
    internal static string PackageFolder(string generatorFolder)
    {
        for (var folder = new DirectoryInfo(generatorFolder); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "package.json"))) return folder.FullName;
        return "the repository root (the folder with package.json)";
    }
}

/// <summary>Why the spelling could not be checked, and what to do about it.</summary>
public sealed record CspellProblem(string Message, string Hint);
