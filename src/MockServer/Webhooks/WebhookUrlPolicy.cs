using System.Net;
using AvatarIV.MockServer.Hosting;

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

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
