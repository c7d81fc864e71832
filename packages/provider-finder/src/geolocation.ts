import type { LocationProblem } from './messages.js';

/** A point in WGS84 degrees. */
export interface Point {
  lat: number;
  lon: number;
}

/** Why `currentPosition` gave no point. */
export class LocationError extends Error {
  override name = 'LocationError';
  constructor(readonly problem: LocationProblem) {
    super(`location ${problem}`);
  }
}

/**
 * Asks the device for its position, once. Called only when the person presses "Use my
 * location": asking on page load would show a permission prompt nobody asked for.
 * Rejects with `LocationError` (`denied`, `unavailable`, `timeout`, `unsupported`).
 * A coarse position is enough to sort by distance, and it comes faster.
 */
export function currentPosition(timeout = 15_000): Promise<Point> {
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo || typeof geo.getCurrentPosition !== 'function') return Promise.reject(new LocationError('unsupported'));
  return new Promise((resolve, reject) => {
    try {
      geo.getCurrentPosition(
        (position) => {
          const { latitude, longitude } = position.coords;
          if (Number.isFinite(latitude) && Number.isFinite(longitude)) resolve({ lat: latitude, lon: longitude });
          else reject(new LocationError('unavailable'));
        },
        (error) => reject(new LocationError(error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable')),
        { enableHighAccuracy: false, timeout, maximumAge: 5 * 60_000 },
      );
    } catch {
      reject(new LocationError('unavailable'));
    }
  });
}
