import { useMutation, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The object overview: HeadObject's metadata (authorized as s3:GetObject). */
export function useHeadObject(bucket: string, key: string) {
  return useQuery(cloudQuery(useConsoleSession(), 's3:HeadObject', { Bucket: bucket, Key: key }));
}

/** Open and Download: each reads the object's content with its own GetObject call. */
export function useGetObject() {
  return useMutation({ mutationFn: (r: { bucket: string; key: string }) => call('s3:GetObject', { Bucket: r.bucket, Key: r.key }) });
}

export type NewObject = { key: string; body: string; contentType?: string };

/** Upload, Create folder and Create text object: one PutObject per object. */
export function usePutObjects() {
  return useMutation({
    mutationFn: async ({ bucket, objects }: { bucket: string; objects: NewObject[] }) => {
      for (const o of objects) {
        await call('s3:PutObject', { Bucket: bucket, Key: o.key, Body: o.body, ...(o.contentType && { ContentType: o.contentType }) });
      }
    },
  });
}
