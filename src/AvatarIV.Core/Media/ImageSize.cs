namespace AvatarIV.Core.Media;

/// <summary>Reads a JPEG's or PNG's pixel size from its header. SKELETON: the media work fills this in.</summary>
public static class ImageSize
{
    public static bool TryRead(byte[] bytes, out int width, out int height)
    {
        width = 0;
        height = 0;
        return false;
    }
}
