namespace AvatarIV.MockServer.Rendering;

/// <summary>Resizes pictures with bilinear sampling; <see cref="Letterbox"/> keeps the aspect ratio and pads with black.</summary>
public static class ImageScaler
{
    /// <summary>The whole of <paramref name="source"/>, as large as fits in width×height, centred on black.</summary>
    public static RgbImage Letterbox(RgbImage source, int width, int height)
    {
        var scale = Math.Min((double)width / source.Width, (double)height / source.Height);
        var fitWidth = Math.Clamp((int)Math.Round(source.Width * scale), 1, width);
        var fitHeight = Math.Clamp((int)Math.Round(source.Height * scale), 1, height);
        var target = new RgbImage(width, height);
        Draw(source, target, (width - fitWidth) / 2, (height - fitHeight) / 2, fitWidth, fitHeight);
        return target;
    }

    /// <summary>The picture shrunk so its long edge is at most <paramref name="maxEdge"/>; never enlarged.</summary>
    public static RgbImage FitWithin(RgbImage source, int maxEdge)
    {
        var scale = Math.Min(1.0, (double)maxEdge / Math.Max(source.Width, source.Height));
        if (scale >= 1.0) return source;
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        var target = new RgbImage(width, height);
        Draw(source, target, 0, 0, width, height);
        return target;
    }

    private static void Draw(RgbImage source, RgbImage target, int left, int top, int width, int height)
    {
        var xRatio = (double)source.Width / width;
        var yRatio = (double)source.Height / height;
        for (var y = 0; y < height; y++)
        {
            var sy = Math.Clamp((y + 0.5) * yRatio - 0.5, 0, source.Height - 1);
            int y0 = (int)sy, y1 = Math.Min(y0 + 1, source.Height - 1);
            var fy = sy - y0;
            for (var x = 0; x < width; x++)
            {
                var sx = Math.Clamp((x + 0.5) * xRatio - 0.5, 0, source.Width - 1);
                int x0 = (int)sx, x1 = Math.Min(x0 + 1, source.Width - 1);
                var fx = sx - x0;
                var target0 = ((top + y) * target.Width + left + x) * 3;
                int i00 = (y0 * source.Width + x0) * 3, i10 = (y0 * source.Width + x1) * 3;
                int i01 = (y1 * source.Width + x0) * 3, i11 = (y1 * source.Width + x1) * 3;
                for (var channel = 0; channel < 3; channel++)
                {
                    var p = source.Pixels;
                    target.Pixels[target0 + channel] = Mix(p[i00 + channel], p[i10 + channel], p[i01 + channel], p[i11 + channel], fx, fy);
                }
            }
        }
    }

    private static byte Mix(byte v00, byte v10, byte v01, byte v11, double fx, double fy)
    {
        var top = v00 + (v10 - v00) * fx;
        var bottom = v01 + (v11 - v01) * fx;
        return (byte)(top + (bottom - top) * fy + 0.5);
    }
}
