using System.Security.Cryptography;
using System.Text;

namespace AvatarIV.Mock.Client;

/// <summary>
/// How the mock names an API key in its state, jobs and journal (it never shows the key itself):
/// <c>key_</c> + the first 8 hex digits of the key's SHA-256.
/// </summary>
public static class MockKeyId
{
    public static string From(string apiKey)
    {
        if (apiKey is null)
        {
            throw new ArgumentNullException(nameof(apiKey));
        }

        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(apiKey));
        var hex = new StringBuilder("key_", 12);
        for (var i = 0; i < 4; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
