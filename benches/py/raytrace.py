# A small ray tracer: spheres and a checkered floor, two point lights, shadows and mirror
# reflections, rendered to a grid of 8-bit grey levels whose checksum is verified.
# Stresses vector objects with operator methods, float arithmetic, polymorphic calls.
import math

EPSILON = 1e-6


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflected(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, shade, diffuse=0.8, shine=0.0, mirror=0.0):
        self.shade = shade
        self.diffuse = diffuse
        self.shine = shine
        self.mirror = mirror

    def shade_at(self, point):
        return self.shade


class Checker(Material):
    def shade_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2:
            return self.shade
        return self.shade * 0.25


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Floor:
    def __init__(self, height, material):
        self.height = height
        self.material = material
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        dy = ray.direction.y
        if abs(dy) < EPSILON:
            return None
        t = (self.height - ray.origin.y) / dy
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.up


class Scene:
    def __init__(self, objects, lights, ambient=0.1):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest(self, ray):
        best, best_t = None, math.inf
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def lit(self, point, light):
        to_light = light - point
        distance = to_light.length()
        obj, t = self.nearest(Ray(point, to_light))
        return obj is None or t > distance

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return 0.2 + 0.3 * max(0.0, ray.direction.y)
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.shade_at(point)
        level = self.ambient * base
        for light in self.lights:
            if not self.lit(point, light):
                continue
            to_light = (light - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                level += material.diffuse * lambert * base
            if material.shine:
                highlight = ray.direction.reflected(normal).dot(to_light)
                if highlight > 0.0:
                    h2 = highlight * highlight
                    h4 = h2 * h2
                    level += material.shine * h4 * h4
        if material.mirror and depth < 3:
            bounce = Ray(point, ray.direction.reflected(normal))
            level += material.mirror * self.trace(bounce, depth + 1)
        return level


def render(scene, width, height):
    eye = Vec(0.0, 1.6, -5.0)
    rows = []
    for j in range(height):
        row = []
        y = 1.0 - 2.0 * j / height
        for i in range(width):
            x = (2.0 * i / width - 1.0) * width / height
            ray = Ray(eye, Vec(x, y - 0.3, 2.5))
            level = scene.trace(ray, 0)
            row.append(min(255, int(level * 255.0)))
        rows.append(row)
    return rows


scene = Scene(
    [
        Sphere(Vec(0.0, 1.0, 3.0), 1.0, Material(0.9, shine=0.6, mirror=0.3)),
        Sphere(Vec(-2.2, 0.7, 4.0), 0.7, Material(0.6, shine=0.3)),
        Sphere(Vec(1.9, 0.5, 1.8), 0.5, Material(1.0, diffuse=0.6, mirror=0.5)),
        Floor(0.0, Checker(0.9, mirror=0.15)),
    ],
    [Vec(-4.0, 6.0, -2.0), Vec(5.0, 4.0, 0.0)],
)
image = render(scene, 300, 200)
checksum = sum((k + 1) * v for k, v in enumerate(p for row in image for p in row)) % 1_000_000_007
mean = sum(map(sum, image)) // (300 * 200)
print("raytrace 300x200: checksum", checksum, "mean level", mean)
assert (checksum, mean) == (907504203, 116), (checksum, mean)
