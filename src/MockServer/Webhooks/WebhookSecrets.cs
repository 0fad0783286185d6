using System.Security.Cryptography;
using System.Text;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Endpoint secrets and the signature every delivery carries.</summary>
public static class WebhookSecrets
{
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string NewEndpointId() => "ep_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary><c>X-HeyGen-Signature</c>: hex HMAC-SHA256 of the raw body keyed with the secret's UTF-8 bytes.</summary>
    public static string Sign(string secret, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
