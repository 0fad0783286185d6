namespace AvatarIV.Core;

/// <summary>A local check refused the input before anything was sent or charged.</summary>
public sealed class AvatarIVValidationException : AvatarIVException
{
    public AvatarIVValidationException(string code, string message, string? param = null)
        : base(message)
    {
        Code = code;
        Param = param;
    }

    /// <summary>Machine-readable reason, e.g. <c>photo_too_small</c>, <c>script_too_long</c>; see <see cref="ValidationCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The input at fault (request field or parameter name), when there is one.</summary>
    public string? Param { get; }
}
