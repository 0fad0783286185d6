# Root module of AvatarIV: imports the build of the cmdlets made for this PowerShell.
#   core/     net8.0, for PowerShell 7.4 and later
#   desktop/  netstandard2.0, for Windows PowerShell 5.1
# Each build brings its own Dependencies/ folder, loaded in isolation (see Loading/DependencyLoader.cs), so
# types that cross between the cmdlets and AvatarIV.Core have exactly one definition in the process.
Set-StrictMode -Version Latest

if ($PSEdition -eq 'Core') {
    if ($PSVersionTable.PSVersion -lt [version]'7.4') {
        throw "AvatarIV needs PowerShell 7.4 or later (this is $($PSVersionTable.PSVersion)), or Windows PowerShell 5.1. Install a current PowerShell from https://aka.ms/powershell, or run: dotnet tool install --global PowerShell"
    }
    $build = 'core'
}
else {
    $build = 'desktop'
}

$cmdlets = Import-Module -Name (Join-Path (Join-Path $PSScriptRoot $build) 'AvatarIV.PowerShell.dll') -PassThru -ErrorAction Stop
Export-ModuleMember -Cmdlet @($cmdlets.ExportedCmdlets.Keys)
