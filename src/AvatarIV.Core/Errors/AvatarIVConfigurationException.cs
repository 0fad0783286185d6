namespace AvatarIV.Core;

/// <summary>The client options cannot work as given (for example a key about to travel over plain HTTP).</summary>
public sealed class AvatarIVConfigurationException : AvatarIVException
{
    public AvatarIVConfigurationException(string message)
        : base(message)
    {
    }
}
