namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>Which dialect a request speaks, decided by its path alone.</summary>
public enum ApiSurfaceKind
{
    V1,
    V2,
    V3,
    /// <summary>The original guide's routes HeyGen does not have; they answer in the v2 envelope.</summary>
    Guide,
    Admin,
    Media,
    Other,
}

public static class SurfaceRouting
{
    public static ApiSurfaceKind SurfaceOf(PathString path)
    {
        var value = path.Value ?? string.Empty;
        if (Starts(value, "/v3/")) return ApiSurfaceKind.V3;
        if (Starts(value, "/v1/")) return ApiSurfaceKind.V1;
        if (IsGuideRoute(value)) return ApiSurfaceKind.Guide;
        if (Starts(value, "/v2/")) return ApiSurfaceKind.V2;
        if (Starts(value, "/_mock/") || value.Equals("/_mock", StringComparison.OrdinalIgnoreCase)) return ApiSurfaceKind.Admin;
        if (Starts(value, "/_media/")) return ApiSurfaceKind.Media;
        return ApiSurfaceKind.Other;
    }

    private static bool IsGuideRoute(string path) =>
        Starts(path, "/v2/photo_avatar/upload")
        || (Starts(path, "/v2/video/av4/") && path.EndsWith("/status", StringComparison.OrdinalIgnoreCase));

    private static bool Starts(string path, string prefix) => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
