/** @teapot/lessons: the course as data, and the goal checker. */
export {};
