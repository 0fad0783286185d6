namespace AvatarIV.MockServer.Hosting;

/// <summary>State that <c>POST /_mock/reset</c> forgets. Register implementations as singletons of this interface.</summary>
public interface IMockResettable
{
    void Reset();
}
