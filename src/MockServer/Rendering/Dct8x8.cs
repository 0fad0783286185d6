namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// The 8×8 DCT of JPEG (ITU T.81 A.3.3), computed separably: one 1-D pass over rows, one over columns.
/// Forward and inverse differ only in which way the cosine matrix is read.
/// </summary>
internal static class Dct8x8
{
    private static readonly float[] ForwardMatrix = BuildMatrix(inverse: false);
    private static readonly float[] InverseMatrix = BuildMatrix(inverse: true);

    /// <summary>Samples (level-shifted) in, coefficients out, both row-major.</summary>
    public static void Forward(ReadOnlySpan<float> samples, Span<float> coefficients) => Transform(samples, coefficients, ForwardMatrix);

    /// <summary>Dequantised coefficients in, samples (before the +128 level shift) out, both row-major.</summary>
    public static void Inverse(ReadOnlySpan<float> coefficients, Span<float> samples) => Transform(coefficients, samples, InverseMatrix);

    private static void Transform(ReadOnlySpan<float> input, Span<float> output, float[] m)
    {
        Span<float> rows = stackalloc float[64];
        for (var r = 0; r < 8; r++)
        {
            for (var o = 0; o < 8; o++)
            {
                var sum = 0f;
                for (var i = 0; i < 8; i++) sum += input[r * 8 + i] * m[i * 8 + o];
                rows[r * 8 + o] = sum;
            }
        }
        for (var o = 0; o < 8; o++)
        {
            for (var q = 0; q < 8; q++)
            {
                var sum = 0f;
                for (var r = 0; r < 8; r++) sum += rows[r * 8 + o] * m[r * 8 + q];
                output[q * 8 + o] = sum / 4f;
            }
        }
    }

    // C(u)·cos((2x+1)uπ/16) at [x * 8 + u] for the forward transform, transposed for the inverse.
    private static float[] BuildMatrix(bool inverse)
    {
        var matrix = new float[64];
        for (var x = 0; x < 8; x++)
        {
            for (var u = 0; u < 8; u++)
            {
                var scale = u == 0 ? 1 / Math.Sqrt(2) : 1;
                matrix[inverse ? u * 8 + x : x * 8 + u] = (float)(scale * Math.Cos((2 * x + 1) * u * Math.PI / 16));
            }
        }
        return matrix;
    }
}
