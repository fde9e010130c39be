using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;

namespace DobraPraxe.Generator.History;

/// <summary>
/// The few questions 'check --since' asks the repository, through the git command line (as CI machines and editors'
/// computers have it): where the repository is, whether a ref names a commit, the files of content/ at it, and which
/// files were renamed since.
/// </summary>
public sealed class Git
{
    private Git(string root) => Root = root;

    /// <summary>The top folder of the repository.</summary>
    public string Root { get; }

    /// <summary>The repository that holds <paramref name="folder"/>; null, and why, when there is none or git is missing.</summary>
    public static (Git? Repository, string? Why) Find(string folder)
    {
        var (code, output) = Run(folder, "rev-parse", "--show-toplevel");
        if (code is null) return (null, "git is not installed");
        if (code != 0) return (null, $"{folder} is not in a git repository");
        return (new Git(output.Trim()), null);
    }

    /// <summary>The commit <paramref name="reference"/> names; null when the repository does not have it.</summary>
    public string? Commit(string reference) =>
        reference.StartsWith('-') ? null
        : Run(Root, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}") is (0, var sha) ? sha.Trim() : null;

    /// <summary>Writes the files of <paramref name="folder"/> (from the repository's top) at <paramref name="commit"/> into <paramref name="target"/>; false when it had none.</summary>
    public bool Extract(string commit, string folder, string target)
    {
        using var git = Start(Root, "archive", "--format=tar", commit, "--", folder);
        using var tar = new MemoryStream();
        git.StandardOutput.BaseStream.CopyTo(tar);
        git.WaitForExit();
        if (git.ExitCode != 0) return false;
        tar.Position = 0;
        TarFile.ExtractToDirectory(tar, target, overwriteFiles: false);
        return true;
    }

    /// <summary>Files renamed between <paramref name="commit"/> and the working tree under <paramref name="folder"/>: old path → new path, from the repository's top.</summary>
    public IReadOnlyDictionary<string, string> Renames(string commit, string folder)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Run(Root, "diff", "--name-status", "-M", "--no-color", "-z", commit, "--", folder) is not (0, var listing)) return renames;
        // -z: "R100\0old\0new\0", "D\0path\0" …: names as they are, whatever characters they hold.
        var parts = listing.Split('\0');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith('R') && i + 2 < parts.Length)
            {
                renames[parts[i + 1]] = parts[i + 2];
                i += 2;
            }
            else if (parts[i].StartsWith('C') && i + 2 < parts.Length) i += 2;
            else if (parts[i].Length > 0) i += 1;
        }
        return renames;
    }

    private static (int? Code, string Output) Run(string folder, params string[] arguments)
    {
        try
        {
            using var git = Start(folder, arguments);
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return (git.ExitCode, output);
        }
        catch (Win32Exception)
        {
            return (null, "");
        }
    }

    private static Process Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Messages and paths as written, whatever the user's settings.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        var process = Process.Start(start)!;
        // stderr is not read: drain it so a chatty git cannot block on a full pipe.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }
}
