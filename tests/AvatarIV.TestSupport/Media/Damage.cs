namespace AvatarIV.TestSupport.Media;

/// <summary>Seeded ways of breaking a file: flipped bytes, cuts, and both — what bad downloads and bad disks do.</summary>
public static class Damage
{
    /// <summary><paramref name="count"/> damaged copies of <paramref name="original"/>, the same on every run.</summary>
    public static IEnumerable<byte[]> Variants(byte[] original, int count, int seed = 7)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var copy = original.ToArray();
            var flips = random.Next(1, 12);
            // Most flips land in the first kilobyte, where the headers that parsers trust live.
            for (var f = 0; f < flips; f++) copy[random.Next(0, Math.Min(copy.Length, random.Next(2) == 0 ? 1024 : copy.Length))] = (byte)random.Next(256);
            yield return (i % 3) switch
            {
                0 => copy,
                1 => copy[..random.Next(0, copy.Length)],
                _ => original[..random.Next(0, original.Length)],
            };
        }
    }
}
