using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AvatarIV.MockServer.Surfaces.Envelopes;
using Microsoft.Extensions.Options;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>
/// Compiled JSON for the v3 answer read most often (a video's status, which clients poll): serialised by
/// source-generated code to bytes and sent with their length, instead of reflecting over an object graph per request.
/// Built on a copy of the app's JSON options (naming, escaping), so the bytes are those the generic path wrote.
/// </summary>
public sealed class V3Json(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> http)
{
    private readonly JsonTypeInfo<V3Data<V3VideoView>> _video =
        (JsonTypeInfo<V3Data<V3VideoView>>)new V3JsonContext(new JsonSerializerOptions(http.Value.SerializerOptions)).GetTypeInfo(typeof(V3Data<V3VideoView>))!;

    /// <summary><c>200 {"data":video}</c>.</summary>
    public IResult Ok(V3VideoView video) =>
        new Utf8JsonResult(JsonSerializer.SerializeToUtf8Bytes(new V3Data<V3VideoView>(video), _video), StatusCodes.Status200OK);
}

/// <summary>The v3 success envelope <c>{"data":…}</c> for one typed value.</summary>
public sealed record V3Data<T>(T Data);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DictionaryKeyPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(V3Data<V3VideoView>))]
internal sealed partial class V3JsonContext : JsonSerializerContext;
