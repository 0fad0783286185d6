using System.Management.Automation;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Cmdlets.Infrastructure;

/// <summary>Our errors as PowerShell ErrorRecords: same ErrorId, the category of the same name, the fix as RecommendedAction.</summary>
internal static class ErrorRecords
{
    public static ErrorRecord From(AvatarIVError error)
    {
        var category = Enum.TryParse<ErrorCategory>(error.Category.ToString(), out var parsed) ? parsed : ErrorCategory.NotSpecified;
        return new ErrorRecord(error.ExceptionForRecord, error.ErrorId, category, error.TargetObject)
        {
            ErrorDetails = new ErrorDetails(error.Message) { RecommendedAction = error.RecommendedAction },
        };
    }
}
