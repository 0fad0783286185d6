using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace AvatarIV.Mock.Client;

/// <summary>Sends one admin call as JSON and reads the typed answer; any non-2xx becomes a <see cref="MockAdminException"/>.</summary>
internal sealed class MockAdminTransport(HttpClient http)
{
    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var text = await SendForTextAsync(method, path, body, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize<T>(text, MockJson.Options)
            ?? throw new MockAdminException(method.Method, path, System.Net.HttpStatusCode.OK, "(an empty answer where JSON was expected)");
    }

    public async Task<string> SendForTextAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, body.GetType(), MockJson.Options), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new MockAdminException(method.Method, path, response.StatusCode, text);
        }

        return text;
    }
}
