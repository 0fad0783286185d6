using System.Collections.Concurrent;
using AvatarIV.MockServer.Domain.Avatars;

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// The preview image of each seeded look, drawn by the mock itself at the look's native size: a tinted backdrop,
/// head and shoulders. It is also the face of the look's videos. Drawn once per look and kept (the catalogue is fixed).
/// </summary>
public static class LookPortraits
{
    private static readonly ConcurrentDictionary<string, byte[]> Drawn = new(StringComparer.Ordinal);

    public static byte[] Jpeg(AvatarLook look) => Drawn.GetOrAdd(look.Id, _ => JpegEncoder.Encode(Draw(look)));

    private static RgbImage Draw(AvatarLook look)
    {
        var (w, h) = (look.ImageWidth, look.ImageHeight);
        var image = new RgbImage(w, h);
        var backdrop = FromHue(look.Hue, 0.35, 0.85);
        var outfit = FromHue((look.Hue + 180) % 360, 0.55, 0.45);
        var skin = look.Gender == "male" ? ((byte)198, (byte)150, (byte)120) : ((byte)232, (byte)190, (byte)160);
        var hair = look.Gender == "male" ? ((byte)60, (byte)45, (byte)35) : ((byte)110, (byte)70, (byte)40);

        var unit = Math.Min(w, h);
        double cx = w / 2.0, headY = h * 0.42, headR = unit * 0.17;
        for (var y = 0; y < h; y++)
        {
            var shade = 1.0 - (0.25 * y / h);
            var row = Scale(backdrop, shade);
            for (var x = 0; x < w; x++)
            {
                double dx = x - cx, dy = y - headY;
                var colour = row;
                var shoulders = (dx * dx / (unit * unit * 0.16)) + ((y - h) * (y - h) / (unit * unit * 0.16)) <= 1.0 && y > headY + headR * 0.6;
                if (shoulders)
                {
                    colour = outfit;
                }

                var inHead = (dx * dx / (headR * headR * 0.72)) + (dy * dy / (headR * headR)) <= 1.0;
                if (inHead)
                {
                    colour = dy < -headR * 0.55 ? hair : skin;
                    var eyeY = headY - (headR * 0.12);
                    foreach (var eyeX in new[] { cx - (headR * 0.32), cx + (headR * 0.32) })
                    {
                        if (((x - eyeX) * (x - eyeX)) + ((y - eyeY) * (y - eyeY)) <= headR * headR * 0.012)
                        {
                            colour = (40, 40, 50);
                        }
                    }

                    if (Math.Abs(dx) < headR * 0.28 && Math.Abs(y - (headY + (headR * 0.45))) < headR * 0.05)
                    {
                        colour = (150, 70, 70);
                    }
                }

                image[x, y] = colour;
            }
        }

        return image;
    }

    private static (byte R, byte G, byte B) Scale((byte R, byte G, byte B) c, double f) =>
        ((byte)(c.R * f), (byte)(c.G * f), (byte)(c.B * f));

    private static (byte R, byte G, byte B) FromHue(int hue, double saturation, double value)
    {
        var c = value * saturation;
        var x = c * (1 - Math.Abs((hue / 60.0 % 2) - 1));
        var m = value - c;
        var (r, g, b) = (hue / 60) switch
        {
            0 => (c, x, 0.0),
            1 => (x, c, 0.0),
            2 => (0.0, c, x),
            3 => (0.0, x, c),
            4 => (x, 0.0, c),
            _ => (c, 0.0, x),
        };
        return ((byte)((r + m) * 255), (byte)((g + m) * 255), (byte)((b + m) * 255));
    }
}
