namespace DobraPraxe.Generator.Output;

/// <summary>
/// How a stage makes a text file that may be the same as last build's: serve's incremental rebuild hands it one that
/// returns the kept text while what the file is made from is the same (Incremental.TextReuse); a full build writes every file.
/// </summary>
public interface ITextReuse
{
    /// <param name="path">The file, as the key of what is kept.</param>
    /// <param name="key">Everything else the file is made from (title, addresses, language), as one string.</param>
    /// <param name="inputs">The entries it is made from, compared by <paramref name="same"/>.</param>
    string Text<T>(string path, string key, T[] inputs, IEqualityComparer<T> same, Func<string> write);
}

/// <summary>The full build's: every file written.</summary>
public sealed class NoReuse : ITextReuse
{
    public static readonly NoReuse Instance = new();

    private NoReuse()
    {
    }

    public string Text<T>(string path, string key, T[] inputs, IEqualityComparer<T> same, Func<string> write) => write();
}
