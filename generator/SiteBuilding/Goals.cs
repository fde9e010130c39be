namespace DobraPraxe.Generator.SiteBuilding;

/// <summary>The 17 UN Sustainable Development Goals with their official Czech names.</summary>
public static class Goals
{
    private static readonly string[] Names =
    [
        "Konec chudoby", "Konec hladu", "Zdraví a kvalitní život", "Kvalitní vzdělání", "Rovnost mužů a žen",
        "Pitná voda, kanalizace", "Dostupné a čisté energie", "Důstojná práce a ekonomický růst",
        "Průmysl, inovace a infrastruktura", "Méně nerovností", "Udržitelná města a obce",
        "Odpovědná výroba a spotřeba", "Klimatická opatření", "Život ve vodě", "Život na souši",
        "Mír, spravedlnost a silné instituce", "Partnerství ke dosažení cílů",
    ];

    public static Goal Get(int number) => new(number, Names[number - 1], Routes.Goal(number));
}
