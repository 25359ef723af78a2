// Timestamped log entries for the service. Callers pass counts, states and ids of builds, never the
// content of a delivery.
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const entry = (level: string) => (message: string) => write(`${new Date().toISOString()} ${level} ${message}\n`)
  return {info: entry('info'), warn: entry('warn'), error: entry('error')}
}

export const silentLogger: Logger = {info() {}, warn() {}, error() {}}
