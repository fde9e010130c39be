namespace DobraPraxe.Generator.Templating;

/// <summary>Markup the generator made and trusts (rendered Markdown, partials); the only thing templates print unescaped.</summary>
public sealed record SafeHtml(string Value)
{
    public override string ToString() => Value;
}
