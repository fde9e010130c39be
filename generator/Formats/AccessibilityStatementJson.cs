using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text;
using DobraPraxe.Generator.Planning;

namespace DobraPraxe.Generator.Formats;

/// <summary>
/// The statement in machine-readable form (recital 5 of Implementing Decision (EU) 2018/1523), next to the page:
/// /prohlaseni-o-pristupnosti/prohlaseni.json with the same facts. Keys are documented in docs/accessibility-and-open-data.md.
/// </summary>
public static class AccessibilityStatementJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    public static string Build(AccessibilityStatementView s)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("statement", s.Url);
            json.WriteString("website", s.Website);
            json.WriteString("website_title", s.SiteTitle);
            json.WriteString("body", s.Body);
            json.WriteString("legislation", s.Legislation);
            json.WriteString("model", s.Model);
            json.WriteString("status", s.Status);
            json.WriteString("status_label", s.StatusLabel);
            json.WriteStartArray("non_accessible");
            foreach (var item in s.NonAccessible)
            {
                json.WriteStartObject();
                json.WriteString("content", item.Content);
                json.WriteString("reason", item.Reason);
                json.WriteString("reason_label", item.ReasonLabel);
                if (item.Alternative is { } alternative) json.WriteString("alternative", alternative); else json.WriteNull("alternative");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("prepared", s.PreparedIso);
            json.WriteString("reviewed", s.ReviewedIso);
            json.WriteString("method", s.Method);
            json.WriteString("method_label", s.MethodLabel);
            Optional(json, "evaluator", s.Evaluator);
            json.WriteStartArray("automated_checks");
            foreach (var check in s.Checks) json.WriteStringValue(check);
            json.WriteEndArray();
            json.WriteStartObject("feedback");
            json.WriteString("email", s.Email);
            Optional(json, "phone", s.Phone);
            Optional(json, "address", s.Address);
            Optional(json, "name", s.ContactName);
            json.WriteEndObject();
            json.WriteStartObject("enforcement");
            json.WriteString("name", s.EnforcementName);
            json.WriteString("url", s.EnforcementUrl);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Optional(Utf8JsonWriter json, string key, string? value)
    {
        if (value is null) json.WriteNull(key); else json.WriteString(key, value);
    }
}
