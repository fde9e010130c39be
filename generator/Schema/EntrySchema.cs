using System.Collections.Immutable;

namespace DobraPraxe.Generator.Schema;

/// <summary>
/// The fields of one kind of file: a kind of entry (practice, event, page) or a data file's entries.
/// </summary>
/// <param name="Key">Machine name: the JSON Schema file and the scaffold kind ("practice").</param>
/// <param name="Name">How messages name one of them ("a practice").</param>
/// <param name="Title">Czech name for editors ("Dobrá praxe").</param>
/// <param name="Path">Where the files live, from the source root ("content/practices/").</param>
public sealed record EntrySchema(string Key, string Name, string Title, string Path, ImmutableArray<FieldSpec> Fields)
{
    public FieldSpec this[string key] => Fields.FirstOrDefault(f => f.Key == key)
        ?? throw new KeyNotFoundException($"{Name} declares no field '{key}'");

    public bool Has(string key) => Fields.Any(f => f.Key == key);

    public EntrySchema With(IEnumerable<FieldSpec> more) => this with { Fields = [.. Fields, .. more] };
}
