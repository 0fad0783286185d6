using System.Security.Cryptography;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain;

/// <summary>HeyGen-style ids (32 lowercase hex). With <c>--seed</c> the sequence repeats from run to run.</summary>
public sealed class IdGenerator(MockServerOptions options)
{
    private readonly Random? _seeded = options.Seed is { } seed ? new Random(seed) : null;
    private readonly Lock _gate = new();

    public string NewId()
    {
        var bytes = new byte[16];
        if (_seeded is null)
        {
            RandomNumberGenerator.Fill(bytes);
        }
        else
        {
            lock (_gate)
            {
                _seeded.NextBytes(bytes);
            }
        }

        return Convert.ToHexStringLower(bytes);
    }

    public static bool LooksLikeId(string? value) =>
        value is { Length: 32 } && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
