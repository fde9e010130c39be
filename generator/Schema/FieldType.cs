namespace DobraPraxe.Generator.Schema;

/// <summary>What a front-matter or data-file value must be; reads, hints, JSON Schema and scaffolds follow from it.</summary>
public enum FieldType
{
    /// <summary>One line of plain text.</summary>
    Text,
    /// <summary>Plain text of any number of lines (a transcript): paragraphs apart by an empty line.</summary>
    LongText,
    /// <summary>How long something plays: "m:ss" or "h:mm:ss".</summary>
    Duration,
    /// <summary>A whole number within the field's bounds.</summary>
    Number,
    /// <summary>An amount in Czech crowns (a whole number, at least 0).</summary>
    Money,
    /// <summary>YYYY-MM-DD.</summary>
    Date,
    /// <summary>ISO 8601 with a UTC offset.</summary>
    DateTime,
    /// <summary>"HH:mm".</summary>
    Time,
    /// <summary>An absolute http(s) address.</summary>
    Url,
    Email,
    Bool,
    /// <summary>#rrggbb.</summary>
    Color,
    /// <summary>One of the field's <see cref="FieldSpec.Choices"/>.</summary>
    Choice,
    /// <summary>A key of something defined elsewhere (<see cref="FieldSpec.References"/>).</summary>
    Key,
    /// <summary>A list of keys of something defined elsewhere.</summary>
    KeyList,
    /// <summary>A list of plain texts.</summary>
    TextList,
    /// <summary>A list of whole numbers within the field's bounds.</summary>
    NumberList,
    /// <summary>A group of the <see cref="FieldSpec.Fields"/>, e.g. contact: { name, email }.</summary>
    Group,
    /// <summary>A list of groups, e.g. images: [{ src, alt }].</summary>
    GroupList,
}
