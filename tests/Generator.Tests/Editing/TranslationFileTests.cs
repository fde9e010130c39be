using DobraPraxe.Generator.Editing;
using DobraPraxe.Generator.FrontMatter;
using DobraPraxe.Generator.Tests.Support;

namespace DobraPraxe.Generator.Tests.Editing;

/// <summary>A translation's file as Decap CMS saves it (serve's editor), made into what the generator reads: only what it translates.</summary>
public sealed class TranslationFileTests
{
    private static readonly Generator.Schema.EntrySchema Practice = ContentReader.SchemaOf(null, Builds.Now).Practice;

    [Fact]
    public void the_fields_a_translation_inherits_are_left_out_and_every_other_line_is_kept()
    {
        const string saved = "---\ntitle: Cycle paths\nmember: znojmo\nthemes:\n  - doprava-a-mobilita\n  - zdravi\nsummary: Safe paths.\n"
            + "images:\n  - src: media/mapa.svg\n    alt: A map\nyear: 2015\n---\n\nThe body.\n";

        Assert.Equal("---\ntitle: Cycle paths\nsummary: Safe paths.\nimages:\n  - src: media/mapa.svg\n    alt: A map\n---\n\nThe body.\n",
            TranslationFile.OnlyTranslated(saved, Practice));
    }

    /// <summary>A new entry saved in Czech only: Decap writes the English file with what its hidden widgets set.</summary>
    [Fact]
    public void a_file_with_only_inherited_fields_translates_nothing()
    {
        var text = TranslationFile.OnlyTranslated("---\nthemes: []\n---\n", Practice);
        Assert.True(TranslationFile.TranslatesNothing(text));
        Assert.False(TranslationFile.TranslatesNothing(TranslationFile.OnlyTranslated("---\nthemes: []\n---\n\nJust a body.\n", Practice)));
        Assert.False(TranslationFile.TranslatesNothing(TranslationFile.OnlyTranslated("---\ntitle: A title\n---\n", Practice)));
    }

    [Theory]
    [InlineData("no front matter at all\n")]
    [InlineData("---\ntitle: [unclosed\n---\n")]
    public void what_is_not_front_matter_the_editor_writes_is_kept_for_check_to_report(string raw) =>
        Assert.Equal(raw, TranslationFile.OnlyTranslated(raw, Practice));

    /// <summary>A hostile save: brackets nested far past the YAML limits (read unbounded, they would overflow the stack of serve's process).</summary>
    [Fact]
    public void front_matter_past_the_yaml_limits_is_kept_as_written_not_read()
    {
        var raw = "---\ntitle: " + new string('[', 100_000) + new string(']', 100_000) + "\nmember: znojmo\n---\n";
        Assert.Equal(raw, TranslationFile.OnlyTranslated(raw, Practice));
    }
}
