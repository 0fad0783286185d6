using System.Net;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>
/// Where the mock may send webhooks: http(s) URLs on loopback hosts (127.0.0.0/8, ::1, localhost),
/// anywhere else only with --allow-external-webhooks, so that a test run never calls out by accident.
/// </summary>
public sealed class WebhookUrlPolicy(MockServerOptions options)
{
    /// <summary>Null when <paramref name="url"/> is acceptable; otherwise what is wrong and how to fix it.</summary>
    public string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "'url' is required: the address webhooks are POSTed to, e.g. http://127.0.0.1:5081/hooks.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{url}' is not an absolute http or https URL.";
        }

        if (!options.AllowExternalWebhooks && !IsLoopback(uri))
        {
            return $"'{uri.Host}' is not a loopback host: the mock only sends webhooks to 127.0.0.0/8, ::1 or localhost. "
                + "Start the mock with --allow-external-webhooks to allow other hosts.";
        }

        return null;
    }

    /// <summary>
    /// The optional <c>callback_url</c> of a video create body, held to the same rule as endpoint URLs so that a refused
    /// URL stops the create before anything is charged or queued; null when absent.
    /// </summary>
    public string? CallbackUrl(JsonFields body)
    {
        var url = body.AbsoluteUrl("callback_url")?.ToString();
        return url is not null && Problem(url) is { } problem
            ? throw body.Invalid("callback_url", $"{body.Name("callback_url")} is refused: {problem}")
            : url;
    }

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
