namespace AvatarIV.PowerShell.Hosting;

/// <summary>
/// Our copy of the <c>System.Management.Automation.ErrorCategory</c> values we use. The names are
/// identical, so the cmdlet adapter converts by name.
/// </summary>
internal enum AvatarIVErrorCategory
{
    NotSpecified,
    AuthenticationError,
    ConnectionError,
    InvalidArgument,
    InvalidData,
    InvalidOperation,
    InvalidResult,
    LimitsExceeded,
    ObjectNotFound,
    OperationStopped,
    OperationTimeout,
    PermissionDenied,
    QuotaExceeded,
    ReadError,
    ResourceBusy,
    ResourceExists,
    ResourceUnavailable,
    WriteError,
}
