namespace DobraPraxe.Generator.Localization;

/// <summary>
/// A word the generator itself writes (a page title, a feed's title …): its key, whether it is chosen by a number,
/// and the values the generator gives it. Every one is declared in <see cref="GeneratorWords"/> and checked to be in
/// a catalogue when the catalogue loads, so a missing word is an error at the catalogue, never a failure later.
/// </summary>
public sealed record WordKey(string Key, bool Plural = false, params string[] Values)
{
    public override string ToString() => Key;
}
