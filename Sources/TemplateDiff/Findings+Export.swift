// `Difference` and `DiffReport` are the engine's answer; they live in the domain module so renderers need
// not import the engine, and are re-exported so every engine file and caller sees them as before.
@_exported import Findings
