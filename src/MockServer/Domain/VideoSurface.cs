namespace AvatarIV.MockServer.Domain;

/// <summary>Which API family created a video: prices, render slots and limits can differ between them.</summary>
public enum VideoSurface
{
    V3,
    Legacy,
}
