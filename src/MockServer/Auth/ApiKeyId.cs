using System.Security.Cryptography;
using System.Text;

namespace AvatarIV.MockServer.Auth;

/// <summary>The only form in which an API key may appear in state dumps, journals and logs.</summary>
public static class ApiKeyId
{
    /// <summary><c>key_</c> + the first 8 hex characters of SHA-256(key): stable, and useless for calling the API.</summary>
    public static string From(string apiKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));
        return "key_" + Convert.ToHexStringLower(hash)[..8];
    }
}
