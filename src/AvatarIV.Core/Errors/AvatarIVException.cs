namespace AvatarIV.Core;

/// <summary>Base of every exception the library throws on purpose, so callers can catch one type.</summary>
public class AvatarIVException : Exception
{
    public AvatarIVException(string message)
        : base(message)
    {
    }

    public AvatarIVException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
