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

    /// <summary>The unknown words among <paramref name="words"/> with cspell's suggestions; or why cspell could not be asked.</summary>
    public static (IReadOnlyDictionary<string, string[]> Unknown, string? Problem) Check(IReadOnlyCollection<string> words, IReadOnlyList<string> known)
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

    private static (Dictionary<string, string[]>? Answers, string? Problem) Ask(IReadOnlyList<string> words, IReadOnlyList<string> known)
    {
        var script = Path.Combine(AppContext.BaseDirectory, Script);
        if (!File.Exists(script)) return (null, $"{Script} is missing beside the generator");
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
                return (null, "cspell did not answer within two minutes");
            }
            if (node.ExitCode != 0) return (null, $"cspell failed: {errors.Result.Trim().Split('\n')[0]}");
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
            return (null, "node is not installed");
        }
        finally
        {
            File.Delete(knownFile);
        }
    }
}
