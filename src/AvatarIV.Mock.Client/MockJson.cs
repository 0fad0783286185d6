using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvatarIV.Mock.Client;

/// <summary>The admin API's wire format: snake_case names, nulls left out of requests.</summary>
internal static class MockJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
    };
}
