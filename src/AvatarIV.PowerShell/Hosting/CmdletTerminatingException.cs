namespace AvatarIV.PowerShell.Hosting;

/// <summary>Thrown by a handler to stop the whole command; the cmdlet turns it into ThrowTerminatingError.</summary>
internal sealed class CmdletTerminatingException : Exception
{
    public CmdletTerminatingException(AvatarIVError error)
        : base(error.Message, error.Exception)
    {
        Error = error;
    }

    public AvatarIVError Error { get; }
}
