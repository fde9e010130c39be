namespace DobraPraxe.Generator.Site;

/// <summary>The 17 UN Sustainable Development Goals; their names are the site's words ('goals.1' … 'goals.17').</summary>
public static class Goals
{
    public static Goal Get(int number) => new(number, Routes.Goal(number));
}
