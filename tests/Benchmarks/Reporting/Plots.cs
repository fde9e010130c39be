using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace DobraPraxe.Benchmarks.Reporting;

/// <summary>
/// The plots of docs/performance.md as SVG text, drawn with OxyPlot's own SVG exporter (managed code and built-in font
/// metrics: the same results give the same bytes on every machine, so a test can hold the committed plots to them).
/// </summary>
public static class Plots
{
    private const int Width = 720;
    private const int Height = 420;

    /// <summary>A tool's line: its name and colour, the same in every plot.</summary>
    public sealed record Tool(string Name, OxyColor Color, Func<SizeRecord, IReadOnlyList<ToolRun>> Runs);

    public static readonly IReadOnlyList<Tool> Tools =
    [
        new("ours", OxyColor.FromRgb(0x1b, 0x78, 0x37), s => s.Ours),
        new("Hugo (mirrors ours)", OxyColor.FromRgb(0x76, 0x2a, 0x83), s => s.Hugo),
        new("plain Hugo", OxyColor.FromRgb(0xc2, 0xa5, 0xcf), s => s.PlainHugo),
    ];

    /// <summary>Median wall time against entries (a logarithmic axis: 1,000 to 100,000), one line per tool.</summary>
    public static string Time(string profile, IReadOnlyList<SizeRecord> sizes) =>
        Lines($"Build time, profile '{profile}' (median wall time)", "seconds", sizes, (s, runs) => s.Wall(runs).Median);

    /// <summary>Median peak resident memory against entries, one line per tool.</summary>
    public static string Memory(string profile, IReadOnlyList<SizeRecord> sizes) =>
        Lines($"Peak memory, profile '{profile}' (median peak RSS)", "MiB", sizes, (s, runs) => s.Rss(runs).Median / 1024);

    /// <summary>What the first query transferred, one bar per query and catalogue (gzip, the median).</summary>
    public static string SearchBytes(IReadOnlyList<QueryMeasurement> queries)
    {
        var model = Model("Search: bytes a first query transfers (gzip, median)");
        var names = queries.Select(q => q.Query).Distinct().ToList();
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, ItemsSource = names, Title = "query", GapWidth = 0.4 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "kB transferred (page, index, results)", Minimum = 0, MaximumPadding = 0.06, MajorGridlineStyle = LineStyle.Dot });
        // One bar per catalogue the benchmark was given (its name, e.g. "long 10,000"), in the order measured.
        var sites = queries.Select(q => q.Site).Distinct().ToList();
        OxyColor[] colors = [OxyColor.FromRgb(0xa6, 0xdb, 0xa0), OxyColor.FromRgb(0x5a, 0xae, 0x61), OxyColor.FromRgb(0x1b, 0x78, 0x37), OxyColor.FromRgb(0x00, 0x44, 0x1b)];
        for (var i = 0; i < sites.Count; i++)
        {
            var series = new BarSeries { Title = sites[i], FillColor = colors[i % colors.Length] };
            foreach (var q in queries.Where(q => q.Site == sites[i]))
                series.Items.Add(new BarItem(q.Bytes / 1000) { CategoryIndex = names.IndexOf(q.Query) });
            model.Series.Add(series);
        }
        return Svg(model);
    }

    private static string Lines(string title, string unit, IReadOnlyList<SizeRecord> sizes, Func<SizeRecord, IReadOnlyList<ToolRun>, double> value)
    {
        var model = Model(title);
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "entries (logarithmic)", MajorGridlineStyle = LineStyle.Dot, StringFormat = "#,0", MinimumPadding = 0.05, MaximumPadding = 0.05 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = unit, MajorGridlineStyle = LineStyle.Dot, Minimum = 0, MaximumPadding = 0.1, AxisTitleDistance = 8 });
        foreach (var tool in Tools)
        {
            var series = new LineSeries { Title = tool.Name, Color = tool.Color, MarkerType = MarkerType.Circle, MarkerFill = tool.Color, MarkerSize = 4, StrokeThickness = 2 };
            foreach (var size in sizes.OrderBy(s => s.Entries).Where(s => tool.Runs(s).Count > 0))
                series.Points.Add(new DataPoint(size.Entries, value(size, tool.Runs(size))));
            model.Series.Add(series);
        }
        return Svg(model);
    }

    private static PlotModel Model(string title)
    {
        var model = new PlotModel
        {
            Title = title, TitleFontSize = 15, TitleFontWeight = FontWeights.Normal, DefaultFont = "Arial", DefaultFontSize = 12,
            Culture = CultureInfo.InvariantCulture, Background = OxyColors.White, PlotAreaBorderColor = OxyColors.Gray,
        };
        // Below the plot, so no line runs under it; Arial is about as wide as the Helvetica metrics the exporter measures with.
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomCenter, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Horizontal, LegendItemSpacing = 36, LegendPadding = 12 });
        return model;
    }

    /// <summary>
    /// The exporter measures text with Helvetica's metrics and clips each label to that size; browsers draw a little
    /// wider (Liberation Sans, DejaVu Sans), which cut the ends off the legend's names. Measured a tenth wider, every
    /// label has room.
    /// </summary>
    public class WideText : System.Reflection.DispatchProxy
    {
        private IRenderContext _inner = null!;

        public static IRenderContext Around(IRenderContext inner)
        {
            var proxy = Create<IRenderContext, WideText>();
            ((WideText)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
        {
            var result = method!.Invoke(_inner, args);
            return method.Name == nameof(IRenderContext.MeasureText) && result is OxySize size ? new OxySize(size.Width * 1.12, size.Height) : result;
        }
    }

    private static string Svg(PlotModel model)
    {
        // OxyPlot formats some numbers with the current culture; the bytes must not depend on the machine's.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return new SvgExporter { Width = Width, Height = Height, TextMeasurer = WideText.Around(new PdfRenderContext(Width, Height, OxyColors.White)) }
                .ExportToString(model).Replace("\r\n", "\n") + "\n";
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
