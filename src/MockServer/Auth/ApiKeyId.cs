using System.Security.Cryptography;
using System.Text;

namespace AvatarIV.MockServer.Auth;

/// <summary>The only form in which an API key may appear in state dumps, journals and logs.</summary>
public static class ApiKeyId
{
    // Every request needs its key's id (twice: auth and journal); a mock sees a handful of keys, so they are hashed
    // once. Bounded, so a client sending endless distinct keys costs hashing, never memory.
    private const int MaxRemembered = 1024;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_known = new(StringComparer.Ordinal);

    /// <summary><c>key_</c> + the first 8 hex characters of SHA-256(key): stable, and useless for calling the API.</summary>
    public static string From(string apiKey)
    {
        if (s_known.TryGetValue(apiKey, out var known))
        {
            return known;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(apiKey));
        var id = "key_" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
        if (s_known.Count < MaxRemembered)
        {
            s_known.TryAdd(apiKey, id);
        }

        return id;
    }
}
