// netstandard2.0 lacks the compiler support types that records and init-only setters need.
#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit { }
}
#endif
