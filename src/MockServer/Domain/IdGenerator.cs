using System.Security.Cryptography;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Domain;

/// <summary>
/// HeyGen-style ids (32 lowercase hex). With <c>--seed</c> the sequence repeats from run to run — from a fresh
/// <c>--state-dir</c>; a restart on a used one moves to another sequence so it never repeats the ids it stored.
/// </summary>
public sealed class IdGenerator(MockServerOptions options, MockState? state = null)
{
    private readonly Random? _seeded = options.Seed is { } seed
        ? new Random(state is { EarlierStarts: > 0 } ? unchecked(seed + (state.EarlierStarts * 1_000_003)) : seed) // not HashCode: it differs per process
        : null;
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
