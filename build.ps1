#!/usr/bin/env pwsh
# A thin wrapper over the documented dotnet commands (README.md), for Windows editors and CI.
# Nothing lives only here: each task is exactly one dotnet command.
param(
    [ValidateSet('Test', 'Check', 'Build', 'Serve', 'Restore')]
    [string]$Task = 'Build',
    [string]$BaseUrl
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

$extra = @()
if ($BaseUrl) { $extra += @('--base-url', $BaseUrl) }

switch ($Task) {
    'Restore' { dotnet restore DobraPraxe.slnx }
    'Test'    { dotnet test DobraPraxe.slnx }
    'Check'   { dotnet run --project generator -- check @extra }
    'Build'   { dotnet run --project generator -- build @extra }
    'Serve'   { dotnet run --project generator -- serve --drafts }
}
exit $LASTEXITCODE
