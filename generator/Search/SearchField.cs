namespace DobraPraxe.Generator.Search;

/// <summary>A field of the search index: its name in <see cref="SearchDocument.Fields"/> and how much a match in it weighs.</summary>
/// <param name="Name">Not empty, without '/' (lunr joins field and ref with it), not '_index'; unique among the fields.</param>
/// <param name="Boost">Multiplies the field's scores, as lunr's field boost does; positive.</param>
public sealed record SearchField(string Name, double Boost = 1);
