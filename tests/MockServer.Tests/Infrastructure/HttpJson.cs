using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MockServer.Tests.Infrastructure;

/// <summary>Small HTTP helpers for reading and sending the mock's JSON.</summary>
public static class HttpJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"Expected JSON from {response.RequestMessage?.RequestUri} (HTTP {(int)response.StatusCode}) but got: {text}");
        }
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object body) => Json(JsonSerializer.Serialize(body));

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is string raw ? Json(raw) : Json(body) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public static MultipartFormDataContent FilePart(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static string Str(this JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new Xunit.Sdk.XunitException($"'{name}' is null in {element}");
}
