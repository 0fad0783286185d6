using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvatarIV.MockServer.Persistence;

/// <summary>How values are written into <c>mock.db</c>'s text columns: invariant, round-trippable, enums by name.</summary>
internal static class StateText
{
    /// <summary>The HTTP surfaces' own settings (snake_case), so a stored answer replays as the same JSON.</summary>
    public static readonly JsonSerializerOptions Answers = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Stored records (jobs' drafts and states, documents); dictionary keys (key ids) are kept as they are.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Time(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
